package zone.xianggan.kernel.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The areas of the plan: its six tasks of joint work, which projects and indicators serve, and the zone's
 * comprehensive strength, which only indicators measure (GDP, population and the like).
 */
public enum PlanArea {
    /** 红色文化传承 */
    RED_CULTURE,
    /** 跨省产业合作 */
    INDUSTRIAL_COOPERATION,
    /** 城乡融合发展 */
    URBAN_RURAL_INTEGRATION,
    /** 生态环境共保 */
    ECOLOGICAL_PROTECTION,
    /** 基础设施互联互通 */
    INFRASTRUCTURE_CONNECTIVITY,
    /** 公共服务共建共享 */
    PUBLIC_SERVICES,
    /** 综合实力: what the zone achieves as a whole rather than one task */
    COMPREHENSIVE_STRENGTH;

    /** The six tasks, in the plan's order: the areas a project can serve. */
    public static List<PlanArea> tasks() {
        return Arrays.stream(values()).filter(PlanArea::isTask).toList();
    }

    public boolean isTask() {
        return this != COMPREHENSIVE_STRENGTH;
    }
}
