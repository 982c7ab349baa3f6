from impltool.command import main

main()
