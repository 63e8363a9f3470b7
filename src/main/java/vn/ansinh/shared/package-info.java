/**
 * Values shared by every module: exact numbers, Vietnamese number format, the programme domains,
 * audited changes, and the problems of a form by field.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ansinh.shared;
