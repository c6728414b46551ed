"""The office window's actions, each group in its part: menus, register and lists, devices and amendments, sync files in, papers and settlement."""
