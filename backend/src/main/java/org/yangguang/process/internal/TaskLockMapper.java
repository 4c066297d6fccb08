package org.yangguang.process.internal;

import org.apache.ibatis.annotations.Mapper;

/** Row locks on the engine's open tasks, taken by the project's own statement. */
@Mapper
public interface TaskLockMapper {

    /**
     * Locks the open task's row until the end of the transaction and answers its id; null when there is
     * no such open task (also after waiting for a transaction that held the lock and completed it).
     */
    String lockOpenTask(String taskId);
}
