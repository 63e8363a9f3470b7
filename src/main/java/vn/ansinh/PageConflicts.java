package vn.ansinh;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's write that lost a race — another user saved the same unique thing, or was changing the same row, at
 * the same moment — gets the error page saying so (409), never a server error: nothing of it was written.
 */
@ControllerAdvice
class PageConflicts {

    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ModelAndView changedMeanwhile() {
        ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.addObject("changedMeanwhile", true);
        return page;
    }
}
