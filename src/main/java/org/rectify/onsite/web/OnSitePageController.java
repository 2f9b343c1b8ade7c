package org.rectify.onsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The phone page's address, /onsite/, opens its page (static/onsite/index.html). */
@Controller
class OnSitePageController {

    @GetMapping({"/onsite", "/onsite/"})
    String page() {
        return "forward:/onsite/index.html";
    }
}
