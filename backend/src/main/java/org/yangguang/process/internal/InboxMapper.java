package org.yangguang.process.internal;

import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * One page of an officer's open tasks in one statement of the project's own, read from the engine's
 * runtime tables: the tasks routed to one of the officer's groups (unassigned, as Camunda's candidate
 * query) and the tasks assigned to the officer, each sorted and cut by the database, merged, and the
 * page's summary variables alongside (docs/performance.md, (b)).
 */
@Mapper
public interface InboxMapper {

    List<InboxRow> page(@Param("groups") List<String> groups, @Param("assignee") String assignee,
            @Param("query") Query query, @Param("first") int first, @Param("max") int max);

    /**
     * The filter: each part optional ({@code taskId}: that one task). {@code byDueDate} sorts by due date
     * (tasks without one first), otherwise by creation; the task id breaks ties.
     */
    record Query(String taskId, String processKey, String taskKey, String villageCodeLike, Date dueBefore,
            boolean byDueDate) {

        public static Query ofTask(String taskId) {
            return new Query(taskId, null, null, null, null, false);
        }
    }

    /** A task of the page and its instance's case, complaint and village (null where the instance has none). */
    record InboxRow(String taskId, String taskKey, String name, String processDefinitionId, String processInstanceId,
            Date created, Date due, Long caseId, Long complaintId, String villageCode) {}
}
