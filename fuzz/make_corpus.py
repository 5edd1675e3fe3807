#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_jws into fuzz/corpus/jws/: valid tokens of every algorithm (signed with
PyJWT and fresh keys), the RFC 7515/8037 examples, malformed and hostile tokens, JWKs, and
"header JSON \\n payload JSON" inputs that fuzz_jws signs itself. Needs python3-jwt and
python3-cryptography; run it again only to change the seeds:

    /usr/bin/python3 fuzz/make_corpus.py
"""
import base64
import json
import os

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "jws")
NOW = 1767225600  # 2026-01-01T00:00:00Z, the fuzz target's clock


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def write(name, data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def pem(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def main():
    os.makedirs(HERE, exist_ok=True)
    claims = {"iss": "https://bookwarden.example", "aud": "bookwarden-api", "sub": "alice", "iat": NOW - 60,
              "exp": NOW + 600, "jti": "seed-1", "scope": "books:read", "name": "J\u00fcrgen"}
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys = {
        "HS256": b"k" * 32, "HS384": b"k" * 48, "HS512": b"k" * 64,
        "RS256": pem(rsa_key), "RS384": pem(rsa_key), "RS512": pem(rsa_key), "PS256": pem(rsa_key),
        "ES256": pem(ec.generate_private_key(ec.SECP256R1())),
        "ES384": pem(ec.generate_private_key(ec.SECP384R1())),
        "EdDSA": pem(ed25519.Ed25519PrivateKey.generate()),
    }
    for alg, key in keys.items():
        write("valid-%s.jwt" % alg, jwt.encode(claims, key, algorithm=alg, headers={"kid": alg + "-seed", "typ": "at+jwt"}))
    write("placeholder-your_secret_key.jwt", jwt.encode(claims, "your_secret_key", algorithm="HS256"))

    # RFC 7515 A.1-A.3 and RFC 8037 A.4
    payload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    write("rfc7515-a1.jwt", "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9." + payload + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    write("rfc7515-a3.jwt", "eyJhbGciOiJFUzI1NiJ9." + payload + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q")
    write("rfc8037-a4.jwt", "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg")

    body = b64(json.dumps(claims).encode())
    write("alg-none.jwt", b64(b'{"alg":"none"}') + "." + body + ".")
    write("alg-NoNe.jwt", b64(b'{"alg":"NoNe","typ":"JWT"}') + "." + body + ".")
    write("two-segments.jwt", b64(b'{"alg":"HS256"}') + "." + body)
    write("four-segments.jwt", b64(b'{"alg":"HS256"}') + "." + body + ".AAAA.AAAA")
    write("padding.jwt", b64(b'{"alg":"HS256"}') + "==." + body + ".AAAA")
    write("duplicate-alg.jwt", b64(b'{"alg":"HS256","alg":"none"}') + "." + body + ".AAAA")
    write("duplicate-nested.jwt", b64(b'{"alg":"HS256"}') + "." + b64(b'{"a":{"b":1,"b":2}}') + ".AAAA")
    write("deep.jwt", b64(b'{"alg":"HS256"}') + "." + b64(b'{"a":' + b"[" * 70 + b"]" * 70 + b"}") + ".AAAA")
    write("bad-utf8.jwt", b64(b'{"alg":"HS256"}') + "." + b64(b'{"sub":"\xc3\x28"}') + ".AAAA")
    write("crit.jwt", b64(b'{"alg":"HS256","crit":["b64"],"b64":false}') + "." + body + ".AAAA")
    write("embedded-jwk.jwt", b64(b'{"alg":"RS256","jwk":{"kty":"RSA","n":"AQAB","e":"AQAB"},"jku":"https://x/"}') + "." + body + ".AAAA")
    write("es256-zero.jwt", b64(b'{"alg":"ES256"}') + "." + body + "." + b64(bytes(64)))
    write("dots", "." * 64)
    write("empty", "")
    write("bearer.txt", "Bearer " + jwt.encode(claims, keys["HS256"], algorithm="HS256") + "\n")

    # JSON objects: JWKs, a JWK Set, odd JSON
    ec_public = ec.generate_private_key(ec.SECP256R1()).public_key().public_numbers()
    write("jwk-ec.json", json.dumps({"kty": "EC", "crv": "P-256", "x": b64(ec_public.x.to_bytes(32, "big")),
                                     "y": b64(ec_public.y.to_bytes(32, "big")), "alg": "ES256", "kid": "e"}))
    numbers = rsa_key.private_numbers()
    write("jwk-rsa-private.json", json.dumps({
        "kty": "RSA", "alg": "RS256", "n": b64(numbers.public_numbers.n.to_bytes(256, "big")), "e": "AQAB",
        "d": b64(numbers.d.to_bytes(256, "big")), "p": b64(numbers.p.to_bytes(128, "big")),
        "q": b64(numbers.q.to_bytes(128, "big")), "dp": b64(numbers.dmp1.to_bytes(128, "big")),
        "dq": b64(numbers.dmq1.to_bytes(128, "big")), "qi": b64(numbers.iqmp.to_bytes(128, "big"))}))
    write("jwk-okp.json", '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",'
                          '"x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}')
    write("jwk-set.json", '{"keys":[{"kty":"oct","alg":"HS256","k":"c2VjcmV0","kid":"a"},'
                          '{"kty":"EC","crv":"P-384","x":"AA","y":"AA"}]}')
    write("json-escapes.json", '{"a":"\\u00e9\\ud83d\\ude00\\n","b":[1,-2.5e-3,true,null,{}],"\\u0061":0}')

    # header \n payload: fuzz_jws signs these with its own key
    write("parts-valid", '{"alg":"HS256","typ":"at+jwt","kid":"fuzz"}\n' + json.dumps(claims))
    write("parts-warnings", '{"alg":"HS256","jku":"https://evil.example/","kid":"../../k"}\n'
                            '{"password":"x","exp":"soon","iat":0,"nbf":99999999999,"card":{"cvv":1}}')
    write("parts-crit", '{"alg":"HS256","crit":["exp"],"exp":1}\n{"exp":1767226200}')


if __name__ == "__main__":
    main()
