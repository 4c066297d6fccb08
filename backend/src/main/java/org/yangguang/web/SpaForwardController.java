package org.yangguang.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser application routes with the HTML5 history API; a reload of any of its pages asks
 * the server for that path, which answers with the application's index page. Paths with a dot
 * (files) and the server's own prefixes are not forwarded.
 */
@Controller
class SpaForwardController {

    @GetMapping({
        "/{page:^(?!api$|engine-rest$|camunda$|actuator$|assets$)[^.]*}",
        "/{page:^(?!api$|engine-rest$|camunda$|actuator$|assets$)[^.]*}/**"
    })
    String forwardToIndex() {
        return "forward:/index.html";
    }
}
