"""The office window's parts: its actions, each group in its part (lists, devices, sync_in, papers, menus),
and its tabs (dashboard_tab, register_tab, devices_tab, sync_tab, conflicts_tab)."""
