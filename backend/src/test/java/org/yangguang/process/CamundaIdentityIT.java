package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

/** Camunda's identity service sees the officers, and their groups follow from role and region. */
class CamundaIdentityIT extends ApiIT {

    @Autowired
    IdentityService identity;

    @Test
    void officersAreCamundaUsers() {
        User user = identity.createUserQuery().userId("township-dh").singleResult();
        assertThat(user.getFirstName()).isEqualTo("王东河");
        assertThat(identity.createUserQuery().count()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void groupsFollowFromRoleAndRegion() {
        assertThat(identity.createGroupQuery().groupMember("village-dh1").list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("village-511999101001", "village");
        assertThat(identity.createUserQuery().memberOfGroup("township-511999101000").list())
                .extracting(User::getId)
                .contains("township-dh")
                .doesNotContain("township-xs", "village-dh1");
    }

    @Test
    void everyJurisdictionHasItsGroupEvenWithoutAnOfficer() {
        Group group = identity.createGroupQuery().groupId("village-511999102003").singleResult();
        assertThat(group.getName()).startsWith("南坪村");
        assertThat(identity.createGroupQuery().groupId("township-511999101001").count())
                .as("a township group for a village does not exist")
                .isZero();
    }

    @Test
    void passwordsAreCheckedByTheSameRules() {
        assertThat(identity.checkPassword("inspector", TestAccounts.PASSWORD)).isTrue();
        assertThat(identity.checkPassword("inspector", "Wrong#2026x")).isFalse();
        assertThat(identity.checkPassword("nobody", TestAccounts.PASSWORD)).isFalse();
    }

    @Test
    void theIdentityServiceIsReadOnly() {
        assertThat(identity.isReadOnly()).isTrue();
    }
}
