"""The window's widgets: one widget per module; they render a Plan and compute no dates."""
