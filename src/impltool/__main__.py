from impltool.command import main

if __name__ == "__main__":  # not when a worker process (plan.batch) imports it
    main()
