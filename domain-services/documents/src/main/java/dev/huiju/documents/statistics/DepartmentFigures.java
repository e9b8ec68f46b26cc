package dev.huiju.documents.statistics;

/**
 * One department's documents as they stand: under way (in approval, approved, registered and not yet finished) and
 * overdue (past their due date and not finished).
 */
public record DepartmentFigures(String departmentId, long inProgress, long overdue) {
}
