package zone.xianggan.cooperation.project.model;

/** Where planned investment comes from. */
public enum FundingSource {
    /** 中央预算内投资 */
    CENTRAL_BUDGET,
    /** 省级财政资金 */
    PROVINCIAL_BUDGET,
    /** 市县财政资金 */
    LOCAL_BUDGET,
    /** 地方政府专项债券 */
    SPECIAL_BONDS,
    /** 银行贷款 */
    BANK_LOANS,
    /** 企业自筹 */
    ENTERPRISE_FUNDS,
    /** 社会资本（含政府和社会资本合作） */
    SOCIAL_CAPITAL,
    /** 其他 */
    OTHER
}
