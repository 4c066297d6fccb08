package org.yangguang.process.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.IdentityEvents.Channel;
import org.yangguang.identity.LoginService;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;
import org.yangguang.identity.Role;
import org.yangguang.region.Region;
import org.yangguang.region.RegionService;

/** Officers and regions, seen as Camunda users and groups. */
@Component
class CamundaDirectory {

    static final String JURISDICTION_GROUP_TYPE = "WORKFLOW";
    static final String ROLE_GROUP_TYPE = "SYSTEM";

    private final OfficerService officers;
    private final RegionService regions;
    private final LoginService logins;

    CamundaDirectory(OfficerService officers, RegionService regions, LoginService logins) {
        this.officers = officers;
        this.regions = regions;
        this.logins = logins;
    }

    List<OfficerView> officers() {
        return officers.list().stream().filter(OfficerView::enabled).toList();
    }

    List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            groups.add(group(role.group(), RoleLabels.label(role), ROLE_GROUP_TYPE));
        }
        for (Region region : regions.listAll()) {
            Arrays.stream(Role.values())
                    .filter(role -> role.fits(region.kind()))
                    .forEach(role -> groups.add(group(
                            role.groupFor(region.code()),
                            region.name() + " " + RoleLabels.label(role),
                            JURISDICTION_GROUP_TYPE)));
        }
        return groups;
    }

    boolean checkPassword(String username, String password) {
        try {
            logins.authenticate(username, password, Channel.CAMUNDA_WEBAPP);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    static User user(OfficerView officer) {
        UserEntity user = new UserEntity(officer.username());
        user.setFirstName(officer.displayName());
        user.setLastName("");
        return user;
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
