package cn.civicservices.resident;

import org.eclipse.microprofile.graphql.Enum;

@Enum("Gender")
public enum Gender {
    FEMALE, MALE
}
