from ..consts import PI as BASE
