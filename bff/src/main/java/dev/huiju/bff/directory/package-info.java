/** People, departments and regions: batched loaders and the fields that resolve through them. */
package dev.huiju.bff.directory;
