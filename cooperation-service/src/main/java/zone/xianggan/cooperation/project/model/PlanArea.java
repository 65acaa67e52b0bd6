package zone.xianggan.cooperation.project.model;

/** The plan's six areas of joint work; a project serves one of them (its IATI sector). */
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
    PUBLIC_SERVICES
}
