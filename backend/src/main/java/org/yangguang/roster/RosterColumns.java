package org.yangguang.roster;

import java.util.List;
import java.util.Map;
import org.yangguang.household.IdentityCategory;
import org.yangguang.household.Relation;

/** The roster's columns (header row exactly as api.md gives it) and the Chinese words of its cells. */
final class RosterColumns {

    static final String REGION = "区划代码";
    static final String HOUSEHOLD_NO = "户编号";
    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    static final String RELATION = "与户主关系";
    static final String CATEGORY = "身份类别";
    static final String DISABILITY = "残疾等级";
    static final String ILLNESS = "重病";
    static final String AMOUNT = "月保障金额";
    static final String START_MONTH = "起始年月";

    static final List<String> HEADER = List.of(REGION, HOUSEHOLD_NO, NAME, ID_NUMBER, RELATION, CATEGORY, DISABILITY,
            ILLNESS, AMOUNT, START_MONTH);

    static final Map<String, Relation> RELATIONS = Map.of("户主", Relation.HEAD, "配偶", Relation.SPOUSE, "子女",
            Relation.CHILD, "父母", Relation.PARENT, "孙子女", Relation.GRANDCHILD, "兄弟姐妹", Relation.SIBLING, "其他",
            Relation.OTHER);

    static final Map<String, IdentityCategory> CATEGORIES = Map.of("在职", IdentityCategory.EMPLOYED, "下岗",
            IdentityCategory.LAID_OFF, "失业", IdentityCategory.UNEMPLOYED, "退休", IdentityCategory.RETIRED, "三无",
            IdentityCategory.THREE_NO, "学生", IdentityCategory.STUDENT, "其他", IdentityCategory.OTHER);

    static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false);

    private RosterColumns() {}
}
