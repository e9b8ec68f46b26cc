/** ID numbers at rest: sealed with SM4-GCM under rotating keys, found by a keyed SM3 blind index. */
package dev.huiju.eldercare.idnumbers;
