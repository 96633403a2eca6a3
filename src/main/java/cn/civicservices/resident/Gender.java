package cn.civicservices.resident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Gender")
@Description("Gender as recorded with the resident ID number.")
public enum Gender {
    @Description("Female.") FEMALE,
    @Description("Male.") MALE
}
