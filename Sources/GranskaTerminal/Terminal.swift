// placeholder: the thin ncurses backend goes here.
