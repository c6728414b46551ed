"""The point window's parts: each module holds one group of the clerk's actions; the window keeps layout and wiring."""
