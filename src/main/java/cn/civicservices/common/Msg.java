package cn.civicservices.common;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every message shown to people, in Chinese (the default); {@link MsgEn} holds the English ones. A typed Qute
 * message bundle: the build checks each message's expressions against its method's parameters, and a message that
 * does not exist cannot be called. Values are rendered as they are: numbers without grouping, dates as the caller
 * formatted them (or ISO 8601 for a {@link LocalDate}). Obtain it with {@link Messages#msg()}.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Msg {

    // --- errors of a request

    @Message("请先登录：请求没有携带有效的访问令牌。")
    String errorUnauthenticated();

    @Message("您的账号无权进行此操作。")
    String errorForbidden();

    @Message("未找到{what}：{id}")
    String errorNotFound(String what, String id);

    @Message("服务暂时出现问题，请稍后再试（参考编号 {reference}）。")
    String errorInternal(String reference);

    @Message("服务暂时无法访问数据库，请稍后再试。")
    String errorServiceUnavailable();

    @Message("请求体应为 JSON，并包含 GraphQL 查询文本 query。")
    String errorGraphqlBody();

    @Message("请求中的 variables 和 extensions 应为 JSON 对象，operationName 应为文本。")
    String errorGraphqlMembers();

    @Message("分页游标无效，请从第一页重新开始。")
    String errorCursor();

    @Message("first 和 last 不能同时使用。")
    String errorPageFirstAndLast();

    @Message("after 和 before 不能同时使用。")
    String errorPageAfterAndBefore();

    @Message("每页条数应在 0 到 {max} 之间。")
    String errorPageSize(int max);

    @Message("before 需要与 last 一起使用。")
    String errorPageBeforeNeedsLast();

    @Message("after 需要与 first 一起使用。")
    String errorPageAfterNeedsFirst();

    @Message("此列表只能向后翻页（first/after）。")
    String errorPageForwardOnly();

    // --- input: one message per field at fault, "field: problem", joined by the separator

    @Message("{field}：{problem}")
    String errorInput(String field, String problem);

    @Message("；")
    String errorInputSeparator();

    @Message("请求的查询文本与接口定义不符。")
    String errorInputDocument();

    @Message("必须提供")
    String inputRequired();

    @Message("没有这个字段")
    String inputUnknownField();

    @Message("应为 -2147483648 到 2147483647 之间的整数")
    String inputExpectInt();

    @Message("应为有限的数字")
    String inputExpectFloat();

    @Message("应为十进制数（最多 100 位数字）")
    String inputExpectBigDecimal();

    @Message("应为 YYYY-MM-DD 格式的真实日期")
    String inputExpectDate();

    @Message("应为文本")
    String inputExpectString();

    @Message("应为文本形式的标识")
    String inputExpectId();

    @Message("应为 true 或 false")
    String inputExpectBoolean();

    @Message("应为以下之一：{values}")
    String inputExpectEnum(String values);

    @Message("应为 {type} 类型的对象")
    String inputExpectObject(String type);

    @Message("应为 {type} 类型的值")
    String inputExpectOther(String type);

    // --- standard constraints, described from their attributes

    @Message("长度应在 {min} 到 {max} 之间")
    String validationSize(int min, int max);

    @Message("不能小于 {value}")
    String validationMin(long value);

    @Message("不能大于 {value}")
    String validationMax(long value);

    @Message("不能小于 {value}")
    String validationDecimalMin(String value);

    @Message("不能大于 {value}")
    String validationDecimalMax(String value);

    @Message("最多 {integer} 位整数和 {fraction} 位小数")
    String validationDigits(int integer, int fraction);

    @Message("必须提供")
    String validationNotNull();

    @Message("不能为空")
    String validationNotBlank();

    @Message("格式不正确")
    String validationPattern();

    @Message("应早于今天")
    String validationPast();

    @Message("不能晚于今天")
    String validationPastOrPresent();

    @Message("不符合要求")
    String validationInvalid();

    // --- constraints of this API (see ConstraintMessages)

    @Message("区划代码格式不正确：应为 2、4、6、9 或 12 位数字。")
    String errorAreaCode();

    @Message("区划未知：没有这个代码的区划。")
    String errorAreaUnknown();

    @Message("搜索半径应大于 0 且不超过 200 公里。")
    String errorRadius();

    @Message("年度应在 2000 到 2100 之间。")
    String errorCoverageYear();

    @Message("日期范围不正确：开始日期不能晚于结束日期，且最多 {maxDays} 天。")
    String errorDateRange(int maxDays);

    @Message("时间范围不正确：开始时间应早于结束时间。")
    String errorTimeRange();

    @Message("操作名称应为 1 到 64 位大写字母、数字或下划线。")
    String errorAuditAction();

    @Message("操作人应为 1 到 255 个字符。")
    String errorAuditActor();

    @Message("纬度应在 -90 到 90 之间。")
    String errorLatitude();

    @Message("经度应在 -180 到 180 之间。")
    String errorLongitude();

    @Message("网点代码应为 1 到 20 位字母或数字。")
    String errorServicePointCode();

    @Message("出生日期应在 1900-01-01 到今天之间。")
    String errorBirthDate();

    @Message("缴费年限应在 0 到 60 年之间。")
    String errorContributionYears();

    @Message("缴费年限不能超过年满 16 周岁以来的整年数（{years} 年）。")
    String errorContributionYearsSinceAge16(int years);

    @Message("个人账户余额应在 0 到 10,000,000 元之间，最多两位小数。")
    String errorAccountBalance();

    @Message("身份证号码不正确：{reason}")
    String errorIdNumber(String reason);

    @Message("应为 17 位数字加 1 位校验码（数字或 X）")
    String errorIdNumberShape();

    @Message("校验码不符，请核对号码")
    String errorIdNumberChecksum();

    @Message("号码中的出生日期无效")
    String errorIdNumberBirthDate();

    @Message("号码中的出生日期应在 1900-01-01 到今天之间")
    String errorIdNumberBirthRange();

    // --- what was not found

    @Message("区划")
    String nounArea();

    @Message("服务网点")
    String nounServicePoint();

    @Message("参保人")
    String nounResident();

    @Message("工作人员")
    String nounWorker();

    @Message("管理员")
    String nounAdministrator();

    // --- certification status and the next step

    @Message("已完成资格认证，有效期至 {validUntil}。")
    String statusCertified(String validUntil);

    @Message("资格认证将于 {validUntil} 到期，还剩 {daysLeft} 天，请尽快认证。")
    String statusDueSoon(String validUntil, int daysLeft);

    @Message("资格认证已于 {validUntil} 到期，请尽快重新认证。")
    String statusOverdue(String validUntil);

    @Message("资格认证已于 {validUntil} 到期，养老金自 {suspendedSince} 起暂停发放；重新认证后即恢复发放，并补发暂停期间的养老金。")
    String statusOverdueSuspended(String validUntil, String suspendedSince);

    @Message("尚未进行资格认证。")
    String statusNever();

    @Message("目前没有需要认证的养老金。")
    String statusNotRequired();

    @Message("目前无需办理任何事项。")
    String stepNothing();

    @Message("无需办理。请在 {validUntil} 前完成下一次认证，到期前 30 天会提醒您。")
    String stepCertified(String validUntil);

    @Message("已申请上门认证，协理员会尽快与您联系。")
    String stepVisitRequested();

    @Message("协理员将于 {scheduledOn} 上门为您认证，请在家等候。")
    String stepVisitScheduled(String scheduledOn);

    @Message("行动不便的老人可申请上门认证，协理员会到家中办理。")
    String stepRequestVisit();

    @Message("请在手机上完成刷脸认证（可请家人帮忙操作）。")
    String stepCertifyInApp();

    @Message("也可以到{name}请工作人员协助办理（电话 {phone}）。")
    String stepOrServicePoint(String name, String phone);

    @Message("如果刷脸多次不通过（例如病后面容变化），请申请上门认证。")
    String stepFaceFails();

    @Message("有疑问请联系本村协理员{name}，电话 {phone}。")
    String stepWorker(String name, String phone);

    @Message("有人报告您已去世，养老金已暂停发放，正在等待核实。如有误，请带身份证到服务网点办理更正。")
    String stepDeathReported();

    @Message("刷脸认证未通过（例如病后面容变化），请申请上门认证，协理员会到家中为您办理。")
    String stepFaceCheckFailed();

    // --- self-service certification

    @Message("认证结果无法验证，请重新刷脸认证。")
    String faceCheckSignature();

    @Message("认证结果已过期，请重新刷脸认证。")
    String faceCheckExpired();

    @Message("这次刷脸结果已经使用过，请重新刷脸认证。")
    String faceCheckReplayed();

    @Message("这次刷脸结果不是本人的，请本人重新刷脸认证。")
    String faceCheckNotYours();

    @Message("人脸比对未通过。如因病面容变化，请申请上门认证，协理员会到家中办理。")
    String faceCheckNotMatched();

    @Message("您目前没有需要认证的养老金。")
    String faceCheckNothingToCertify();

    @Message("请提供刷脸认证结果。")
    String faceCheckRequired();

    @Message("系统中登记您已去世或有人报告您已去世，暂时不能认证。如有误，请带身份证到服务网点或联系协理员更正。")
    String faceCheckDeceased();

    // --- certification by staff, and the worker's day

    @Message("请先核对本人身份证，再办理认证。")
    String staffIdCardNotChecked();

    @Message("没有这个服务网点，或网点已关闭。")
    String staffServicePointNotFound();

    @Message("在您负责的村中没有找到这个人，请核对身份证号码。")
    String staffNotFound();

    @Message("这个人在本次集中认证中已经登记过。")
    String staffDuplicate();

    @Message("集中认证的日期应为今天或 {days} 天以内。")
    String staffSessionDate(int days);

    @Message("同步令牌无效或不属于这次请求，请重新下载完整的工作包。")
    String errorSyncToken();

    // --- home visits

    @Message("已经有一个上门服务申请在办理中，无需重复申请。")
    String visitAlreadyRequested();

    @Message("clientId 应为手机生成的 UUID。")
    String visitClientIdInvalid();

    @Message("这个 clientId 已被其他申请使用，请重新生成。")
    String visitClientIdTaken();

    @Message("备注不能超过 500 字。")
    String visitNoteTooLong();

    @Message("申请人只能是本人或家属。")
    String visitRequesterInvalid();

    @Message("在您负责的村中没有找到这位居民或这次上门服务。")
    String visitNotFound();

    @Message("这次上门服务已经完成或已取消。")
    String visitClosed();

    @Message("上门日期应在今天到 90 天之内。")
    String visitScheduledOnRange();

    @Message("请提供 visitId；新建上门服务请提供 residentId、reason 和 clientId。")
    String visitScheduleTarget();

    @Message("上门时间应在一年前到现在之间。")
    String visitVisitedAtRange();

    @Message("位置应在中国境内：纬度 3.8 至 53.6，经度 73.5 至 135.1。")
    String visitPosition();

    @Message("一次最多提交 200 条上门记录，其余的请分批提交。")
    String visitBatchTooLarge();

    @Message("已保存，但此人在此期间已通过其他渠道完成认证，未重复认证，已标记待管理员复核。")
    String visitAlreadyCertified();

    @Message("已保存，但未能认证：{reason} 已标记待管理员复核。")
    String visitNotCertified(String reason);

    // --- the pension calculator

    @Message("已年满 {age} 周岁（{reachedOn} 年满）。")
    String eligibilityAgePass(int age, LocalDate reachedOn);

    @Message("未满 {age} 周岁，将于 {reachedOn} 年满。")
    String eligibilityAgeFail(int age, LocalDate reachedOn);

    @Message("累计缴费 {years} 年，满足最低 {required} 年的要求。")
    String eligibilityYearsPass(int years, int required);

    @Message("累计缴费 {years} 年，还需 {missing} 年才满足最低 {required} 年的要求（可按规定补缴）。")
    String eligibilityYearsFail(int years, int missing, int required);

    @Message("本地于 {schemeStartedOn} 开始实施居民养老保险，您当时距 60 周岁不足 15 年，只需缴费 {required} 年。")
    String eligibilityYearsTransitional(LocalDate schemeStartedOn, int required);

    @Message("未领取其他基本养老金。")
    String eligibilityOtherPass();

    @Message("已在领取城镇职工基本养老金，不能重复领取居民基本养老金。")
    String eligibilityOtherFail();

    @Message("符合领取城乡居民基本养老金的条件，最早可从 {earliest} 开始领取。")
    String eligibilityQualified(LocalDate earliest);

    @Message("暂不符合领取条件，见各项说明。")
    String eligibilityNotQualified();

    @Message("已在领取城乡居民基本养老金。")
    String eligibilityAlreadyDrawing();

    // --- administration: service points, workers' villages, reviews

    @Message("您的管辖范围内没有这个服务网点。")
    String pointNotFound();

    @Message("网点应设在您管辖范围内的村或社区（12 位区划代码）。")
    String pointAreaNotVillage();

    @Message("名称应为 1 到 {max} 个字。")
    String pointNameLength(int max);

    @Message("地址应为 1 到 {max} 个字。")
    String pointAddressLength(int max);

    @Message("电话应为手机号（如 13812345678）或带区号的固定电话（如 0354-8400002）。")
    String pointPhone();

    @Message("营业时间应写成“周一至周五 08:30-12:00, 14:30-17:30”这样：每段结束晚于开始，各段依次排列，多组之间用分号隔开。")
    String pointOpeningHours();

    @Message("位置应在中国境内：纬度 3.8 到 53.6，经度 73.5 到 135.1。")
    String pointPosition();

    @Message("该网点已关闭，不能再修改。")
    String pointClosed();

    @Message("您的管辖范围内没有这位协理员。")
    String assignWorkerNotFound();

    @Message("应为您管辖范围内的村或社区（12 位区划代码）。")
    String assignVillageNotFound();

    @Message("该村已由协理员 {worker} 负责；如要改派，请设置 replaceCurrent。")
    String assignVillageTaken(String worker);

    @Message("这位协理员已停用，不能分配村。")
    String assignWorkerInactive();

    @Message("您的管辖范围内没有这位居民。")
    String reviewResidentNotFound();

    @Message("这位居民没有待审核的死亡报告。")
    String reviewNoDeathReport();

    @Message("死亡已经确认，不能驳回。")
    String reviewDeathConfirmed();

    @Message("该死亡报告已被驳回；如确已死亡，请协理员重新上报。")
    String reviewDeathRejected();

    @Message("您的管辖范围内没有这条待审核的走访记录。")
    String reviewVisitNotFound();

    @Message("备注最多 {max} 个字。")
    String reviewNoteTooLong(int max);
}
