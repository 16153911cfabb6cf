/**
 * CDI's upload path: the aggregated {@code upload.cdi.kubevirt.io/v1beta1} UploadTokenRequest
 * (served by the subresource API server), the signed short-lived upload token, and the upload proxy
 * that checks the token and streams the body to the DataVolume's upload server pod.
 */
package dev.coexist.operator.upload;
