package io.camwarden.registry;

import java.util.List;

/** One page of a list, with the total count of matching records in the caller's scope. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
