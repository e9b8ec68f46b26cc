/** Demo rooms and meetings around today, for the demo profile. */
package dev.huiju.meetings.demo;
