package org.yangguang.process.identity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.yangguang.identity.Role;

/**
 * Who may open which of Camunda's webapps, as Camunda authorizations of the role groups:
 *
 * <ul>
 *   <li>{@code supervisor}: ALL on every resource, as Camunda grants its own camunda-admin group,
 *       so that Cockpit, Tasklist, Admin and the REST API show and do everything for them;
 *   <li>{@code admin}: the Admin webapp only, reading users, groups, tenants and authorizations.
 *       Officers are managed in the application (Camunda's identity is read-only), and reading
 *       authorizations, never changing them, keeps an administrator from granting itself Cockpit.
 * </ul>
 *
 * Every other role has no grant, so Camunda's login refuses it (403).
 */
final class WebappGrants {

    /** Camunda's resource id of its Admin webapp (resource APPLICATION). */
    static final String ADMIN_WEBAPP = "admin";

    private record Grant(String group, Resource resource, String resourceId, Permission permission) {}

    private WebappGrants() {}

    static List<Grant> grants() {
        String supervisors = Role.SUPERVISOR.group();
        String administrators = Role.ADMIN.group();
        List<Grant> supervisorGrants = Arrays.stream(Resources.values())
                .map(resource -> new Grant(supervisors, resource, Authorization.ANY, Permissions.ALL))
                .toList();
        List<Grant> administratorGrants = List.of(
                new Grant(administrators, Resources.APPLICATION, ADMIN_WEBAPP, Permissions.ACCESS),
                new Grant(administrators, Resources.USER, Authorization.ANY, Permissions.READ),
                new Grant(administrators, Resources.GROUP, Authorization.ANY, Permissions.READ),
                new Grant(administrators, Resources.TENANT, Authorization.ANY, Permissions.READ),
                new Grant(administrators, Resources.AUTHORIZATION, Authorization.ANY, Permissions.READ));
        return Stream.concat(supervisorGrants.stream(), administratorGrants.stream())
                .toList();
    }

    /** Saves the grants that are missing; one already there (by group, resource and id) is left alone. */
    static void ensure(AuthorizationService authorizations) {
        for (Grant grant : grants()) {
            boolean present = authorizations.createAuthorizationQuery()
                            .groupIdIn(grant.group())
                            .resourceType(grant.resource())
                            .resourceId(grant.resourceId())
                            .count()
                    > 0;
            if (!present) {
                Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(grant.group());
                authorization.setResource(grant.resource());
                authorization.setResourceId(grant.resourceId());
                authorization.addPermission(grant.permission());
                authorizations.saveAuthorization(authorization);
            }
        }
    }
}
