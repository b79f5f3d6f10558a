package org.fagai.organization.internal;

import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user in every page's model, for the layout's header and sidebar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final UserDirectory users;

    CurrentUserAdvice(UserDirectory users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }
}
