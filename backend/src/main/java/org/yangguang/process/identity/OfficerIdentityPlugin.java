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
     * Admin groups pass every authorization check inside the engine, but the webapps ask first
     * whether a user may open an application at all; supervisors get that grant for all of them.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        String group = Role.SUPERVISOR.group();
        boolean granted = authorizations.createAuthorizationQuery()
                        .groupIdIn(group)
                        .resourceType(Resources.APPLICATION)
                        .resourceId(Authorization.ANY)
                        .count()
                > 0;
        if (!granted) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.APPLICATION);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(grant);
        }
    }
}
