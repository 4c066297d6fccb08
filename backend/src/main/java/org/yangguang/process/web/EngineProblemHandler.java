package org.yangguang.process.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.yangguang.common.ConflictException;
import org.yangguang.common.web.ProblemResponses;

/**
 * Engine exceptions that mean "someone else was quicker" (the task was claimed or completed
 * meanwhile, or a concurrent change won the optimistic lock) become 409 like any other conflict.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineProblemHandler {

    private final ProblemResponses problems;

    EngineProblemHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler({TaskAlreadyClaimedException.class, OptimisticLockingException.class, NullValueException.class})
    ResponseEntity<Object> onRace(RuntimeException e) {
        return problems.of(new ConflictException("task.alreadyCompleted"));
    }
}
