/** Values shared by every module: exact numbers, Vietnamese number format, the programme domains. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ansinh.shared;
