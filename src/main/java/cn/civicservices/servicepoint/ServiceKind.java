package cn.civicservices.servicepoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ServiceKind")
@Description("What a service point offers.")
public enum ServiceKind {
    @Description("Pension qualification certification by face check, at the kiosk or with the app.")
    PENSION_CERTIFICATION,
    @Description("Certification with the help of staff at the window, for those who cannot do it themselves.")
    ASSISTED_CERTIFICATION,
    @Description("Enquiries about pension payments and records.")
    PENSION_ENQUIRY,
    @Description("Paying yearly contributions.")
    CONTRIBUTION_PAYMENT,
    @Description("Enrolling in a pension scheme.")
    ENROLMENT,
    @Description("Job seeking and employment services.")
    EMPLOYMENT_SERVICES,
    @Description("Medical insurance services.")
    MEDICAL_INSURANCE,
    @Description("Social security card services.")
    SOCIAL_SECURITY_CARD
}
