package org.yangguang.process.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import org.yangguang.identity.Role;

/** Plugs the officer directory into the engine, makes supervisors Camunda administrators and lets administrators into Admin. */
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
     * granted per resource ({@link WebappGrants}).
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        WebappGrants.ensure(engine.getAuthorizationService());
    }
}
