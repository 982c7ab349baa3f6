from impltool.cli import main

main()
