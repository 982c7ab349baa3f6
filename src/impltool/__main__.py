from impltool.command import main

if __name__ == "__main__":  # `python -m impltool`; importing this module runs nothing
    main()
