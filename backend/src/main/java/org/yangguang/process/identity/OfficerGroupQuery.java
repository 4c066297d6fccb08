package org.yangguang.process.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.yangguang.identity.OfficerView;

/** Camunda's group query over the groups that roles and regions give. */
class OfficerGroupQuery extends GroupQueryImpl {

    OfficerGroupQuery() {}

    OfficerGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return QueryPaging.page(matching(commandContext).sorted(Comparator.comparing(Group::getId)), page);
    }

    private Stream<Group> matching(CommandContext commandContext) {
        CamundaDirectory directory = OfficerIdentityProvider.directoryOf(commandContext);
        List<String> membership = userId == null
                ? null
                : directory.officers().stream()
                        .filter(o -> o.username().equals(userId))
                        .findFirst()
                        .map(OfficerView::groups)
                        .orElse(List.of());
        return directory.groups().stream()
                .filter(g -> id == null || id.equals(g.getId()))
                .filter(g -> ids == null || Arrays.asList(ids).contains(g.getId()))
                .filter(g -> name == null || name.equals(g.getName()))
                .filter(g -> QueryPaging.like(g.getName(), nameLike))
                .filter(g -> type == null || type.equals(g.getType()))
                .filter(g -> membership == null || membership.contains(g.getId()))
                .filter(g -> tenantId == null);
    }
}
