package org.yangguang.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;

/**
 * The inbox's order, kept in Java so that two lists the database sorted the same way can be merged:
 * due date or creation time ascending, tasks without a date first (as H2 and MySQL/MariaDB place
 * {@code NULL} in an ascending {@code ORDER BY}), ties by task id ascending (ids are ASCII strings;
 * Camunda's {@code ID_} columns compare them byte by byte, as {@link String#compareTo} does).
 */
final class InboxOrder {

    private InboxOrder() {}

    /**
     * The order of {@code orderByDueDate().asc()} or {@code orderByTaskCreateTime().asc()}, then
     * {@code orderByTaskId().asc()}.
     */
    static Comparator<Task> of(boolean byDueDate) {
        Function<Task, Date> date = byDueDate ? Task::getDueDate : Task::getCreateTime;
        return Comparator.comparing((Task t) -> millis(date.apply(t)), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Task::getId);
    }

    /**
     * Tasks {@code [first, first + max)} of the union of two lists, each already sorted in
     * {@code order}: merged in that order, a task in both lists (or twice in one) taken once. Each
     * list must hold at least its first {@code first + max} tasks for the page to be complete.
     */
    static List<Task> page(List<Task> one, List<Task> other, Comparator<Task> order, int first, int max) {
        List<Task> page = new ArrayList<>(Math.min(max, one.size() + other.size()));
        Set<String> seen = new HashSet<>();
        int i = 0;
        int j = 0;
        int position = 0;
        while ((i < one.size() || j < other.size()) && page.size() < max) {
            Task next = j == other.size() || i < one.size() && order.compare(one.get(i), other.get(j)) <= 0
                    ? one.get(i++)
                    : other.get(j++);
            if (seen.add(next.getId()) && position++ >= first) {
                page.add(next);
            }
        }
        return page;
    }

    private static Long millis(Date date) {
        return date == null ? null : date.getTime();
    }
}
