import colorsys
cols = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.2, 0.4, 0.4), (0.5, 0.25, 0.75), (0.9, 0.9, 0.1), (0.3, 0.3, 0.3)]
for c in cols:
    hls = colorsys.rgb_to_hls(*c); hsv = colorsys.rgb_to_hsv(*c); yiq = colorsys.rgb_to_yiq(*c)
    print(c, hls, hsv, yiq)
    print('  ', colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
for h in [0.0, 0.1, 0.3, 0.5, 0.7, 0.95, 1.0]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.6, 0.4))
print(colorsys.yiq_to_rgb(2, 2, 2), colorsys.yiq_to_rgb(-1, 0, 0))
