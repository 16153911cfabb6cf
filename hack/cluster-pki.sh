#!/usr/bin/env bash
# Creates the test cluster's PKI and kubeconfigs with openssl (idempotent: existing files are kept,
# so a warm cluster-up reuses them). Usage: hack/cluster-pki.sh  (writes $CLUSTER_STATE/pki)
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
PKI=$CLUSTER_STATE/pki
mkdir -p "$PKI"
chmod 700 "$PKI"
cd "$PKI"

key() { [[ -s $1.key ]] || openssl genrsa -out "$1.key" 2048 2>/dev/null; }

# ca NAME CN: a self-signed CA.
ca() {
  key "$1"
  [[ -s $1.crt ]] || openssl req -x509 -new -key "$1.key" -subj "/CN=$2" -days 3650 -sha256 \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    -out "$1.crt" 2>/dev/null
}

# cert NAME CA SUBJECT USAGE [SANS]: a leaf certificate signed by CA.
cert() {
  local name=$1 ca=$2 subj=$3 usage=$4 sans=${5:-} ext
  key "$name"
  # Reuse only a certificate made from the same request (subject, usage, SANs).
  [[ -s $name.crt && $(cat "$name.req" 2>/dev/null) == "$subj|$usage|$sans" ]] && return 0
  ext=$(mktemp)
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$usage"
    [[ -n $sans ]] && echo "subjectAltName=$sans"
  } >"$ext"
  openssl req -new -key "$name.key" -subj "$subj" -out "$name.csr" 2>/dev/null
  openssl x509 -req -in "$name.csr" -CA "$ca.crt" -CAkey "$ca.key" -CAcreateserial -days 3650 \
    -sha256 -extfile "$ext" -out "$name.crt" 2>/dev/null
  rm -f "$name.csr" "$ext"
  echo "$subj|$usage|$sans" >"$name.req"
}

# kubeconfig NAME CERT SERVER: a self-contained kubeconfig (certs embedded).
kubeconfig() {
  local out=$1.kubeconfig crt=$2 server=$3 tmp
  [[ -s $out && $out -nt $crt.crt ]] && return 0
  tmp=$(mktemp "$PKI/.kc.XXXXXX")
  cat >"$tmp" <<KC
apiVersion: v1
kind: Config
clusters:
- name: coexist
  cluster:
    server: $server
    certificate-authority-data: $(base64 -w0 ca.crt)
users:
- name: $1
  user:
    client-certificate-data: $(base64 -w0 "$crt.crt")
    client-key-data: $(base64 -w0 "$crt.key")
contexts:
- name: coexist
  context:
    cluster: coexist
    user: $1
current-context: coexist
KC
  chmod 600 "$tmp"
  mv -f "$tmp" "$out"
}

ca ca coexist-cluster-ca
ca front-proxy-ca coexist-front-proxy-ca
[[ -s sa.key ]] || openssl genrsa -out sa.key 2048 2>/dev/null
[[ -s sa.pub ]] || openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null

cert apiserver ca /CN=kube-apiserver serverAuth \
  "IP:$CLUSTER_NODE_IP,IP:127.0.0.1,IP:10.96.0.1,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,DNS:localhost"
cert apiserver-kubelet-client ca "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
cert front-proxy-client front-proxy-ca /CN=front-proxy-client clientAuth
cert admin ca "/O=system:masters/CN=coexist-admin" clientAuth
# With --use-service-account-credentials=false the controllers act as this one identity, which
# needs more than the system:kube-controller-manager role grants (e.g. node taints).
cert controller-manager ca "/O=system:masters/CN=system:kube-controller-manager" clientAuth
cert scheduler ca /CN=system:kube-scheduler clientAuth
cert kubelet-client ca "/O=system:nodes/CN=system:node:$CLUSTER_NODE_NAME" clientAuth
cert kubelet-serving ca "/O=system:nodes/CN=system:node:$CLUSTER_NODE_NAME" serverAuth \
  "IP:$CLUSTER_NODE_IP,DNS:$CLUSTER_NODE_NAME"

server=https://$CLUSTER_NODE_IP:$APISERVER_PORT
kubeconfig admin admin "$server"
kubeconfig controller-manager controller-manager "$server"
kubeconfig scheduler scheduler "$server"
kubeconfig kubelet kubelet-client "$server"
