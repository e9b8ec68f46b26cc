/**
 * The to-do list across domains: each domain contributes a {@link dev.huiju.bff.todo.TodoSource} bean and a
 * record per kind of item, named after its GraphQL type; the list asks every source once and merges by due
 * time. A new domain's items need no change here.
 */
package dev.huiju.bff.todo;
