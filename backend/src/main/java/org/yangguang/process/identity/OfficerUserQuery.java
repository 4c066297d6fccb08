package org.yangguang.process.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.yangguang.identity.OfficerView;

/** Camunda's user query over officers; a county has hundreds of officers, so filtering is in memory. */
class OfficerUserQuery extends UserQueryImpl {

    OfficerUserQuery() {}

    OfficerUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        Stream<User> users = matching(commandContext)
                .sorted(Comparator.comparing(OfficerView::username))
                .map(CamundaDirectory::user);
        return QueryPaging.page(users, page);
    }

    private Stream<OfficerView> matching(CommandContext commandContext) {
        return OfficerIdentityProvider.directoryOf(commandContext).officers().stream()
                .filter(o -> id == null || id.equals(o.username()))
                .filter(o -> ids == null || Arrays.asList(ids).contains(o.username()))
                .filter(o -> firstName == null || firstName.equals(o.displayName()))
                .filter(o -> QueryPaging.like(o.displayName(), firstNameLike))
                .filter(o -> lastName == null || lastName.isEmpty())
                .filter(o -> lastNameLike == null || QueryPaging.like("", lastNameLike))
                .filter(o -> email == null && emailLike == null)
                .filter(o -> groupId == null || o.groups().contains(groupId))
                .filter(o -> tenantId == null);
    }
}
