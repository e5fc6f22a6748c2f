# Python 3, standard library only. Usage: PANDAMETER_SECRET=pms_… python3 mint.py <board> <interaction>
import base64, hashlib, hmac, os, sys, time


def mint_token(secret, board, interaction, ttl_seconds=30 * 86400):
    exp = int(time.time()) + ttl_seconds
    msg = f"{board}\n{interaction}\n{exp}".encode()
    sig = hmac.new(secret.encode(), msg, hashlib.sha256).digest()
    return f"{exp}." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()


if __name__ == "__main__":
    print(mint_token(os.environ["PANDAMETER_SECRET"], sys.argv[1], sys.argv[2]))
