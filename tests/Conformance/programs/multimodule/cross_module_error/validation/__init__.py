# Empty package marker for validation.
