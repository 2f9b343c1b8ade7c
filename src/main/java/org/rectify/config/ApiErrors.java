package org.rectify.config;

import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseOpening.CaseAlreadyOpenException;
import org.rectify.identity.Caller.NotAllowedException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of our own /api as RFC 9457 problem details whose detail names the field. */
@RestControllerAdvice(basePackages = "org.rectify")
class ApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Request body is not valid: " + (detail == null ? "" : detail.lines().findFirst().orElse("")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IllegalStateException.class, CaseAlreadyOpenException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A path or query parameter of the wrong type, e.g. /api/cases/abc. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + ": not a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase())
                + ": '" + e.getValue() + "'");
    }

    /** Two requests at once: the second ran into the first's row, version or lock. */
    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
            OptimisticLockingException.class, org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail lostRace(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, EngineErrorsFilter.CHANGED_MEANWHILE);
    }

    /** A listener refused data our API passed to the engine: the message names the field. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e) {
        return EngineErrorsFilter.translate(e.getMessage())
                .map(t -> ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(t.status()), t.message()))
                .orElseThrow(() -> e);
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail forbidden(NotAllowedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }
}
