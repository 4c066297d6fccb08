package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.identity.OfficerView;
import org.yangguang.identity.Role;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/**
 * The inbox is one statement of two lists (the officer's groups, the officer as assignee) merged by the
 * database: on real engine tasks, some routed to the officer's group, some assigned to the officer, some
 * both, some assigned to someone else, with and without due dates and with equal ones, every page
 * and the whole list are exactly what Camunda's single {@code or()} query of both conditions gives,
 * in its order (tasks without a due date first, ties by task id), each task once.
 */
class InboxPagingIT extends ApiIT {

    private static final int CASES = 12;
    private static final Instant DAY = Instant.parse("2030-01-07T02:00:00Z");

    @Autowired TaskService tasks;
    @Autowired TaskInbox inbox;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void mergedPagesAreTheOrQueryInItsOrderEachTaskOnce() {
        OfficerView officer = new OfficerView(unique("inbox-pg"), "分页经办", Role.TOWNSHIP, unique("9"), true, null);
        String group = officer.groups().get(0);
        CaseDriver cases = new CaseDriver(port);
        List<String> mine = new ArrayList<>();
        List<String> colleagues = new ArrayList<>();
        for (int k = 0; k < CASES + 2; k++) {
            Task task = acceptTaskOf(cases.apply("village-dh1", Households.typical("511999101001")));
            task.setDueDate(switch (k % 4) {
                case 0 -> null;
                case 1 -> Date.from(DAY.plus(k, ChronoUnit.DAYS));
                case 2 -> Date.from(DAY);
                default -> Date.from(DAY.plus(1, ChronoUnit.DAYS));
            });
            if (k >= CASES) {
                task.setAssignee(unique("someone-else")); // in the officer's group, but taken by a colleague
            } else if (k % 3 != 0) {
                task.setAssignee(officer.username()); // k % 3 == 1 stays in the group as well: both lists
            }
            tasks.saveTask(task);
            if (k % 3 != 2) {
                tasks.addCandidateGroup(task.getId(), group);
            }
            (k < CASES ? mine : colleagues).add(task.getId());
        }

        List<InboxFilter> filters = List.of(new InboxFilter(null, null, null, null, true), InboxFilter.NONE,
                new InboxFilter("dibao-application", "accept", "511999101", null, true),
                new InboxFilter(null, null, null, LocalDate.ofInstant(DAY.plus(3, ChronoUnit.DAYS),
                        ZoneId.of("Asia/Shanghai")), true));
        // In one transaction, so on one connection, small pages first: H2 2.3 hands a statement run again on the same
        // connection its earlier result where only a LIMIT inside it changed (the pages of 1 after the first would be empty).
        new TransactionTemplate(transactions).executeWithoutResult(tx -> filters.forEach(f -> pagesMatch(officer, f)));

        List<TaskSummary> byDue = inbox.todo(officer, filters.get(0));
        assertThat(inboxIds(byDue)).as("each task of the officer once, none taken by a colleague")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
        assertThat(byDue.subList(0, CASES / 4)).as("tasks without a due date first, as the database orders them")
                .allSatisfy(t -> assertThat(t.due()).isNull());
        assertThat(byDue.subList(CASES / 4, CASES)).allSatisfy(t -> assertThat(t.due()).isNotNull());
        assertThat(inboxIds(inbox.todo(officer, filters.get(3)))).as("due by a day: none without a due date")
                .hasSize(7);
        assertThat(mine).as("each of the officer's tasks opens, with the summary the list shows")
                .allSatisfy(id -> assertThat(inbox.open(officer, id)).contains(byDue.stream()
                        .filter(t -> t.taskId().equals(id)).findFirst().orElseThrow()));
        assertThat(colleagues).as("a colleague's task does not open").isNotEmpty()
                .allSatisfy(id -> assertThat(inbox.open(officer, id)).isEmpty());
        assertThat(inbox.open(officer, "no-such-task")).isEmpty();
    }

    private void pagesMatch(OfficerView officer, InboxFilter filter) {
        List<String> expected = ids(orQuery(officer, filter).list());
        for (int max = 1; max <= expected.size() + 1; max++) {
            List<String> paged = new ArrayList<>();
            for (int first = 0; first <= expected.size(); first += max) {
                List<String> page = inboxIds(inbox.todo(officer, filter, first, max));
                assertThat(page).as("page [%d, %d), %s", first, first + max, filter)
                        .isEqualTo(expected.subList(first, Math.min(first + max, expected.size())));
                paged.addAll(page);
            }
            assertThat(paged).as("pages of %d, %s", max, filter).isEqualTo(expected);
        }
        for (int first = 1; first < expected.size(); first++) {
            assertThat(inboxIds(inbox.todo(officer, filter, first, 3))).as("page from %d, %s", first, filter)
                    .isEqualTo(expected.subList(first, Math.min(first + 3, expected.size())));
        }
        assertThat(inboxIds(inbox.todo(officer, filter))).as("whole list, %s", filter).isEqualTo(expected);
    }

    private Task acceptTaskOf(long caseId) {
        return tasks.createTaskQuery().processVariableValueEquals(ProcessVariables.CASE_ID, caseId)
                .taskDefinitionKey("accept").singleResult();
    }

    /** The inbox's query before it was split: both conditions in one {@code or()}, the same filter and order. */
    private TaskQuery orQuery(OfficerView officer, InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery().or().taskCandidateGroupIn(officer.groups())
                .taskAssignee(officer.username()).endOr();
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey()).taskDefinitionKey(filter.taskKey())
                    .processVariableValueLike(ProcessVariables.VILLAGE_CODE, filter.regionPrefix() + "%");
        }
        if (filter.dueBy() != null) {
            query.dueBefore(Date.from(filter.dueBy().plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        }
        return (filter.byDueDate() ? query.orderByDueDate().asc() : query.orderByTaskCreateTime().asc())
                .orderByTaskId().asc();
    }

    private static List<String> ids(List<Task> list) {
        return list.stream().map(Task::getId).toList();
    }

    private static List<String> inboxIds(List<TaskSummary> list) {
        return list.stream().map(TaskSummary::taskId).toList();
    }
}
