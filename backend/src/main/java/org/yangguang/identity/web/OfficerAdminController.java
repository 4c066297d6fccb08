package org.yangguang.identity.web;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.OfficerDraft;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;

/** The administrator's management of officers. */
@RestController
@RequestMapping("/api/admin/officers")
@PreAuthorize("hasRole('ADMIN')")
class OfficerAdminController {

    private final OfficerService officers;

    OfficerAdminController(OfficerService officers) {
        this.officers = officers;
    }

    @GetMapping
    List<OfficerView> list() {
        return officers.list();
    }

    @GetMapping("/{username}")
    OfficerView get(@PathVariable String username) {
        return officers.require(username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfficerView create(@RequestBody OfficerDraft draft, Principal caller) {
        return officers.create(draft, caller.getName());
    }

    @PutMapping("/{username}")
    OfficerView update(@PathVariable String username, @RequestBody OfficerDraft draft, Principal caller) {
        return officers.update(username, draft, caller.getName());
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody NewPassword body, Principal caller) {
        officers.resetPassword(username, body.password(), caller.getName());
    }

    @PostMapping("/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String username, Principal caller) {
        officers.unlock(username, caller.getName());
    }

    record NewPassword(String password) {
        @Override
        public String toString() {
            return "NewPassword[hidden]";
        }
    }
}
