package org.yangguang.process.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import org.yangguang.identity.Role;

/** Plugs the officer directory into the engine and makes supervisors Camunda administrators. */
@Component
class OfficerIdentityPlugin extends AbstractProcessEnginePlugin {

    private final CamundaDirectory directory;

    OfficerIdentityPlugin(CamundaDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new OfficerIdentityProvider(directory);
            }
        });
        List<String> adminGroups = new ArrayList<>();
        adminGroups.add(Role.SUPERVISOR.group());
        configuration.setAdminGroups(adminGroups);
    }

    /**
     * Admin groups pass the engine's admin-only checks, but what a user may see and change is
     * granted per resource: supervisors get ALL on every resource type, as Camunda grants its own
     * camunda-admin group, so that Cockpit, Admin and the REST API show and do everything for them.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        String group = Role.SUPERVISOR.group();
        for (Resources resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery()
                            .groupIdIn(group)
                            .resourceType(resource)
                            .resourceId(Authorization.ANY)
                            .count()
                    > 0;
            if (!granted) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(Authorization.ANY);
                grant.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
