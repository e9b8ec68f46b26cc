package dev.huiju.bff.todo;

import java.util.List;

/** The schema's {@code TodoList}. */
record TodoList(List<TodoItem> items, List<String> unavailable) {
}
