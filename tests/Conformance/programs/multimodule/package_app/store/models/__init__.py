# Empty package marker for store.models.
