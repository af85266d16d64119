"""Dates with their true granularity (issue 4, SPEC.md DateMention).

Every case is a sentence of the genre; the expected list is every (value, granularity) the
dates extractor must return for it, in text order: nothing more, nothing less.
"""
from __future__ import annotations

import datetime
import json
import time

import pytest

from tuyengiao import dates
from tuyengiao.layout import read_layout
from tuyengiao.pipeline import Context
from tuyengiao.text import SourceText

from conftest import DEV_CORPUS


def run(text: str) -> tuple[list, Context]:
    """The dates extractor alone, as the pipeline calls it."""
    source = SourceText.prepare(text)
    context = Context(source, read_layout(source))
    return dates.extract(context), context


def found(text: str) -> list[tuple[str, str]]:
    items, _ = run(text)
    return [(item.value, item.granularity) for item in items]


# ---------------------------------------------------------------- forms that are dates
DATES = [
    # days, every way they are written
    ("Triển khai thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", [("2016-05-15", "day")]),
    ("Quyết định số 31-QĐ/TW, ngày 15-5-2016 của Ban Bí thư.", [("2016-05-15", "day")]),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 02 năm 2020 của Chính phủ;", [("2020-02-05", "day")]),
    ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;", [("2003-11-26", "day")]),
    ("Căn cứ Tờ trình số 126/SKHĐT ngày 23/01/2007,", [("2007-01-23", "day")]),
    ("Ngày có hiệu lực 29.07.2016", [("2016-07-29", "day")]),
    ("Bộ Chính trị đã ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 về đổi mới.", [("2021-06-12", "day")]),
    ("LSO-Sáng 17/1/2012, Tỉnh ủy đã tổ chức hội nghị tổng kết.", [("2012-01-17", "day")]),
    ("Chiều ngày 04-12-2023, Đoàn công tác của lãnh đạo tỉnh đã đến thăm.", [("2023-12-04", "day")]),
    ("Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19/6/2015;", [("2015-06-19", "day")]),
    ("Ngày 30 tháng Tư năm 1975, miền Nam hoàn toàn giải phóng.", [("1975-04-30", "day")]),
    ("Mùng 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập.", [("1945-09-02", "day")]),
    ("Ngày 4 và 5 tháng 01 năm 1999 tại Hà Nội, Phó Thủ tướng đã chủ trì hội nghị.", [("1999-01-04", "day"), ("1999-01-05", "day")]),
    ("Đại hội diễn ra trong hai ngày 28 và 29/9/2020.", [("2020-09-28", "day"), ("2020-09-29", "day")]),
    ("Căn cứ Công văn số 1740-CV/VPTW ngày 07/9/2021 về kỷ niệm một số ngày lễ lớn trong năm 2022Ban Tuyên giáo", [("2021-09-07", "day"), ("2022", "year")]),
    # days without their year: the value keeps the no-year form
    ("Ngày 1/8, Ban Tuyên giáo Tỉnh ủy tổ chức lễ kỷ niệm.", [("--08-01", "day")]),
    ("Sáng 17-12, Ban Tuyên giáo Trung ương tổ chức hội nghị.", [("--12-17", "day")]),
    ("(NTO) Ngày 12-4, đồng chí Nguyễn Minh Trứ chủ trì Hội nghị giao ban.", [("--04-12", "day")]),
    ("Sáng ngày 28/9, tại TP Vinh, Hội Nông dân tỉnh tổ chức Đại hội.", [("--09-28", "day")]),
    ("Chiều thứ Sáu, 21/12, hội nghị bế mạc.", [("--12-21", "day")]),
    ("Sáng nay (17/12), Quốc hội khai mạc kỳ họp.", [("--12-17", "day")]),
    ("Các hoạt động chào mừng Quốc khánh 2/9 được tổ chức trang trọng.", [("--09-02", "day")]),
    ("Kỳ họp sẽ khai mạc vào ngày 30 tháng 6.", [("--06-30", "day")]),
    ("Chiều 12.5, kỳ họp thứ 3 (kỳ họp chuyên đề) HĐND tỉnh khóa X chính thức khai mạc.", [("--05-12", "day")]),
    ("Các ngày kỷ niệm: Ngày Dân số thế giới (11-7); Ngày truyền thống ngành Tuyên giáo (1-8).", [("--07-11", "day"), ("--08-01", "day")]),
    # months
    ("Từ tháng 3/2018, Ban Tuyên giáo mở lớp bồi dưỡng.", [("2018-03", "month")]),
    ("Trong tháng 3 năm 2018, toàn tỉnh tổ chức 5 hội nghị.", [("2018-03", "month")]),
    ("Hội nghị Trung ương 11 họp vào tháng 12-2019.", [("2019-12", "month")]),
    ("Báo cáo tháng Mười Hai năm 2019 của Ban.", [("2019-12", "month")]),
    ("Cuộc thi diễn ra trong các tháng 6, 7/2020.", [("2020-06", "month"), ("2020-07", "month")]),
    ("Trong tháng 6 và tháng 7 năm 2020, các cấp ủy đã kiểm tra.", [("2020-06", "month"), ("2020-07", "month")]),
    ("Đại hội XIII của Đảng (1/2021) đã thành công tốt đẹp.", [("2021-01", "month")]),
    # quarters and halves
    ("Ban Tuyên giáo Tỉnh ủy: Giao ban công tác Tuyên giáo quý I-2019", [("2019-Q1", "quarter")]),
    ("Sơ kết công tác quý I/2019 và triển khai nhiệm vụ quý II/2019.", [("2019-Q1", "quarter"), ("2019-Q2", "quarter")]),
    ("Kế hoạch tổ chức hội nghị trong quý IV năm 2020.", [("2020-Q4", "quarter")]),
    ("Trong quý I và quý II năm 2019, tỉnh đã tổ chức 20 lớp.", [("2019-Q1", "quarter"), ("2019-Q2", "quarter")]),
    ("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2018.", [("2018-H1", "half")]),
    ("Phương hướng, nhiệm vụ 6 tháng cuối năm 2019.", [("2019-H2", "half")]),
    ("Sơ kết sáu tháng đầu năm 2020 và nửa cuối năm 2021.", [("2020-H1", "half"), ("2021-H2", "half")]),
    ("Kết quả 9 tháng đầu năm 2018, kinh tế tăng trưởng khá.", [("2018-01/2018-09", "range")]),
    # years
    ("Năm 2017 và quý I năm 2018, ban tuyên giáo các cấp trên địa bàn tỉnh Lạng Sơn", [("2017", "year"), ("2018-Q1", "quarter")]),
    ("Triển khai thực hiện chuyên đề năm 2017, 2018 gắn với Nghị quyết Trung ương 4.", [("2017", "year"), ("2018", "year")]),
    ("Các năm 2016, 2017 và 2018, tỉnh đều hoàn thành chỉ tiêu.", [("2016", "year"), ("2017", "year"), ("2018", "year")]),
    ("Năm 2020, 1500 hộ dân được hỗ trợ; năm 2020, 2000 người tham gia.", [("2020", "year"), ("2020", "year")]),
    ("Nghị quyết về hỗ trợ và phát triển doanh nghiệp đến năm 2020.", [("2020", "year")]),
    ("Báo cáo 3616/BC-BNV năm 2016 tình hình thực hiện Nghị quyết 35/NQ-CP", [("2016", "year")]),
    ("Trong quá trình thực hiện Luật Đất đai năm 2013 đã xuất hiện nhiều vướng mắc.", [("2013", "year")]),
    ("Luật Hộ tịch năm 2014 có hiệu lực; Luật Đất đai 2013 cần sửa đổi.", [("2014", "year")]),
    ("tổng kết vào năm 2010việcthực hiện Kế hoạch hành động.", [("2010", "year")]),
    # ranges
    ("Kế hoạch cải cách hành chính nhà nước giai đoạn 2016 - 2020", [("2016/2020", "range")]),
    ("BAN HÀNH CHƯƠNG TRÌNH TIẾT KIỆM GIAI ĐOẠN 2016-2020", [("2016/2020", "range")]),
    ("Kế hoạch hành động vì sự tiến bộ phụ nữ tỉnh Ninh Thuận giaiđoạn 2006 - 2010.", [("2006/2010", "range")]),
    ("Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2020 - 2025.", [("2020/2025", "range")]),
    ("KHÓA X, NHIỆM KỲ 2021 - 2026", [("2021/2026", "range")]),
    ("Tổng kết năm học 2019-2020 của ngành giáo dục.", [("2019/2020", "range")]),
    ("HĐND tỉnh khóa X năm 2021 - 2026 đã họp kỳ thứ nhất.", [("2021/2026", "range")]),
    ("Từ năm 2016 đến năm 2020, toàn tỉnh có 50 xã đạt chuẩn.", [("2016/2020", "range")]),
    ("Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030.", [("2021/2030", "range")]),
    ("Kỷ niệm 90 năm Ngày thành lập Đảng (1930 - 2020).", [("1930/2020", "range")]),
    ("Kỳ họp dự kiến tổ chức từ ngày 11/7 đến ngày 13/7/2018.", [("2018-07-11/2018-07-13", "range")]),
    ("Kỳ họp tổ chức từ ngày 11/7 đến hết buổi sáng ngày 13/7/2018, tại hội trường.", [("2018-07-11/2018-07-13", "range")]),
    ("Kỷ niệm 88 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930-1/8/2018).", [("1930-08-01/2018-08-01", "range")]),
    ("Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)", [("1890-05-19/2020-05-19", "range")]),
    ("Từ ngày 14 đến ngày 16/6, Ủy ban Kiểm tra Trung ương họp kỳ thứ tư.", [("--06-14/--06-16", "range")]),
    ("Từ ngày 14 - 16/6/2018, đoàn công tác làm việc tại tỉnh.", [("2018-06-14/2018-06-16", "range")]),
    ("Nhân dịp 30/4 - 1/5, toàn tỉnh treo cờ.", [("--04-30/--05-01", "range")]),
    ("Từ ngày 20/12 đến ngày 5/1/2019, cán bộ được nghỉ luân phiên.", [("2018-12-20/2019-01-05", "range")]),
    ("Từ tháng 3 đến tháng 5/2018, Ban Tuyên giáo mở 10 lớp.", [("2018-03/2018-05", "range")]),
    ("Từ năm 2017 đến quý I năm 2018, ban đã tham mưu 12 văn bản.", [("2017-01-01/2018-03-31", "range")]),
    ("Thời gian: từ 8h ngày 5/6 đến 17h ngày 7/6/2018.", [("2018-06-05/2018-06-07", "range")]),
    ("Từ tháng 10/2023 - 3/2024, tỉnh tổ chức 20 lớp bồi dưỡng.", [("2023-10/2024-03", "range")]),
    ("Đợt 1 từ ngày 01/3 đến ngày 31/3/2024; đợt 2 từ ngày 01/4 đến 30/4/2024.", [("2024-03-01/2024-03-31", "range"), ("2024-04-01/2024-04-30", "range")]),
    ("Trong 2 ngày (27 - 28/6), Đoàn công tác làm việc với Huyện ủy.", [("--06-27/--06-28", "range")]),
    ("Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024).", [("1930-02-03/2024-02-03", "range")]),
    ("Giai đoạn 2021-2025, tầm nhìn đến năm 2030.", [("2021/2025", "range"), ("2030", "year")]),
    ("Sắp xếp các đơn vị hành chính cấp huyện, xã giai đoạn 2019 2021", [("2019/2021", "range")]),
    ("Căn cứ Nghị quyết số 24/2021/QH15 về giảm nghèo bền vững giai đoạn 2021 -\n2025;", [("2021/2025", "range")]),
    # a page's own stamp counts
    ("Triển khai chuyên đề năm 2020\n\n17/12/2019 - 02:39 PM\n\nSáng 17-12, hội nghị.", [("2020", "year"), ("2019-12-17", "day"), ("--12-17", "day")]),
    ("Bùi Ánh - 14:20 28/09/2023 GMT+7\nĐại hội nhiệm kỳ 2023 – 2028.", [("2023-09-28", "day"), ("2023/2028", "range")]),
    ("Thứ năm, 12:07 - 04/10/2018\nNgày 1/8, Ban Tuyên giáo Tỉnh ủy tổ chức lễ kỷ niệm.", [("2018-10-04", "day"), ("--08-01", "day")]),
    ("Cập nhật: 2023-09-28 14:20", [("2023-09-28", "day")]),
    # a "-" between day and month, not a range of days (bantuyengiao.cantho.gov.vn, dudnkhanhhoa.vn)
    ("BCH Trung ương Đảng quyết định triệu tập Đại hội XIII từ ngày 25-1 đến ngày 2-2-2021 tại Thủ đô Hà Nội.", [("2021-01-25/2021-02-02", "range")]),
    ("Tiến tới Đại hội XIII của Đảng: Đại hội Đảng XIII diễn ra từ ngày 25-1 đến 2-2-2021", [("2021-01-25/2021-02-02", "range")]),
    ("Điểm báo tuần số 249 từ ngày 05-02 đến ngày 10-02 về nội chính và phòng, chống tham nhũng", [("--02-05/--02-10", "range")]),
    ("Ngày 30-31 tháng 12 năm 2023, Đảng ủy tổ chức hội nghị.", [("2023-12-30/2023-12-31", "range")]),
    # a named day with a dotted date in brackets (baoquangnam.vn)
    ("Hôm nay 10.10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỷ niệm 70 năm Ngày truyền thống ngành kiểm tra Đảng (16.10).", [("--10-10", "day"), ("--10-16", "day")]),
    # a spaced dash between the cue and its day (hoilhpn.yenbai.gov.vn, vanhocnghethuatyenbai.gov.vn)
    ("Sáng nay - 23/9, Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX chính thức khai mạc.", [("--09-23", "day")]),
    ("Sáng nay - 7/7, HĐND tỉnh Yên Bái khóa XIX, nhiệm kỳ 2021-2026 đã khai mạc Kỳ họp thứ 12.", [("--07-07", "day"), ("2021/2026", "range")]),
    # an anniversary written as months and years in brackets (bantuyengiao.cantho.gov.vn)
    ("nhân kỷ niệm 90 năm thành lập Đặc ủy An Nam Cộng sản Đảng Hậu Giang (9/1929 - 9/2019) và Chi bộ Cờ Đỏ", [("1929-09/2019-09", "range")]),
    # a running total "as of" a day (kinhtedothi.vn via baomoi), and "tomorrow" (vinhphuc.gov.vn)
    ("Tính đến 15/6, đã có 28/30 quận, huyện, thị xã của Thành phố Hà Nội tổ chức thành công đại hội.", [("--06-15", "day")]),
    ("trình bày báo cáo thẩm tra của UBND tỉnh. (Ngày mai 12-12, kỳ họp tiếp tục chương trình.)", [("--12-12", "day")]),
]


@pytest.mark.parametrize("text, expected", DATES, ids=[t[:50] for t, _ in DATES])
def test_dates(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- look like dates, are not
NOT_DATES = [
    # a decimal written with a dot, alone in brackets: no day's name before it
    "Hệ số điều chỉnh tăng thêm (1.5) lần so với năm trước.",
    "Kỷ niệm 88 năm Ngày truyền thống ngành Tuyên giáo của Đảng.",
    "Hơn hai năm qua, công tác tuyên truyền được đẩy mạnh; 5 năm qua, Công đoàn tiếp tục đổi mới.",
    "Trong thời gian tới, cần tập trung chỉ đạo; năm nay, tỉnh phấn đấu; hiện nay còn khó khăn.",
    "Thực hiện Nghị định 18/2018/NĐ-CP và Thông tư số 01/2011/TT-BNV của Bộ Nội vụ.",
    "Quán triệt Chỉ thị 05-CT/TW và Kết luận số 100 - KL/TW; Số: 55/2007/CT-UBND.",
    "Các cơ quan đã tổ chức 5.140 cuộc tuyên truyền cho 1.200.000 lượt người, đạt 12,5%.",
    "Phần mềm phiên bản 2.1 đã được cài đặt; điện thoại 0263.3822.123; đường dây nóng 1900-1234.",
    "Trong quý I, ngành Tuyên giáo đã tích cực; triển khai nhiệm vụ quý II.",
    "Kết quả hoạt động 6 tháng đầu năm, chương trình hoạt động 6 tháng cuối năm.",
    "Kỳ họp thứ 6 HĐND tỉnh khóa XVI thông qua 12 nghị quyết và 8 báo cáo.",
    "Tỷ lệ hộ nghèo giảm từ 1/3 đến 1/2 số hộ; khoảng 2/3 đại biểu tán thành.",
    "Ngày 15 tháng 7 âm lịch hằng năm là lễ Vu Lan.",
    "Những năm 1990, kinh tế của tỉnh còn nhiều khó khăn.",
    "Đường lên điểm cao 1015 xuống cấp; dịch Covid-19 kéo dài.",
    "Ngày 31/2/2018 không có thật, ngày 31 tháng 2 năm 2018 cũng vậy.",
    "Trong tháng 6, các cấp ủy kiểm tra; ngày tháng năm sinh ghi rõ.",
    "Đoàn kiểm tra, giám sát số 30 do Phó Thủ tướng làm trưởng đoàn.",
    "Tỉnh đạt tỷ lệ 25% trở lên và tỷ lệ dân tộc thiểu số ít nhất là 5%.",
    "Tuyến đường dài 1000-1050 m; giá từ 15 - 20 nghìn đồng; tăng từ 2 - 3 lần.",
    "Đường 3/2 và đường 30/4 được nâng cấp; tỷ số 2-1.",
    "Nhóm này chiếm (1/3) số hộ; giá từ 1.5 đến 2.5 triệu đồng.",
]


@pytest.mark.parametrize("text", NOT_DATES, ids=[t[:50] for t in NOT_DATES])
def test_not_dates(text):
    assert found(text) == []


# ---------------------------------------------------------------- bounds, and never today's date
BOUNDS = [
    ("Trong năm 2017 đã đạt nhiều kết quả.", "2017", "2017-01-01", "2017-12-31"),
    ("Sơ kết quý I năm 2018.", "2018-Q1", "2018-01-01", "2018-03-31"),
    ("Kết quả 6 tháng cuối năm 2019.", "2019-H2", "2019-07-01", "2019-12-31"),
    ("Báo cáo tháng 2/2020.", "2020-02", "2020-02-01", "2020-02-29"),
    ("Nhiệm kỳ 2020 - 2025.", "2020/2025", "2020-01-01", "2025-12-31"),
    ("Ngày 15/5/2016.", "2016-05-15", "2016-05-15", "2016-05-15"),
    ("Từ ngày 1/1/2017 đến ngày 31/3/2018.", "2017-01-01/2018-03-31", "2017-01-01", "2018-03-31"),
]


@pytest.mark.parametrize("text, value, start, end", BOUNDS)
def test_bounds(text, value, start, end):
    items, _ = run(text)
    assert [(i.value, i.start_date, i.end_date) for i in items] == [(value, start, end)]


def test_a_day_without_its_year_is_never_given_todays_year():
    items, context = run("Ngày 1/8, Ban Tuyên giáo Tỉnh ủy tổ chức lễ kỷ niệm. Sáng 17-12, hội nghị khai mạc.")
    assert context.issued_on is None
    assert [(i.value, i.start_date, i.end_date) for i in items] == [("--08-01", None, None), ("--12-17", None, None)]
    this_year = str(datetime.date.today().year)
    assert all(this_year not in (i.value + str(i.start_date) + str(i.end_date)) for i in items)


# ---------------------------------------------------------------- the text's own date
ISSUED = [
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 119/QĐ-UBND\n\nBắc Giang, ngày 23 tháng 11 năm 2009\n\nQUYẾT ĐỊNH", "2009-11-23"),
    ("Số: 06/2021/NQ-HĐND | Trà Vinh, ngày 29 tháng 6 năm 2021 |", "2021-06-29"),
    ("Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007", "2007-03-05"),
    ("Lạng Sơn, ngày 20-4-2018\nBÁO CÁO", "2018-04-20"),
    ("Chuẩn bị tốt các nội dung\n\nNgày đăng: 11/09/2020\n\nNgày 09/9/2020, Ủy ban nhân dân tỉnh ban hành Công văn.", "2020-09-11"),
    ("Ngày ban hành: | 22/02/1999 | Ngày hiệu lực: | Đang cập nhật |", "1999-02-22"),
    ("Tin tức\nThứ hai - 04/07/2022 04:34 288 0\nBan Tuyên giáo Trung ương ban hành Hướng dẫn.", "2022-07-04"),
    ("Hà Nội, 29/7/2016\nKính gửi: Các bộ, ngành", "2016-07-29"),
    # a headline ending with a named day ("Ngày Phụ nữ Việt Nam") above the page stamp (baoangiang.com.vn)
    ("Nhiều hoạt động chào mừng kỷ niệm 90 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam\n\n12/10/2020 - 14:28\n\n - Hội LHPN tỉnh cho biết.", "2020-10-12"),
    ("Tin tức\nThứ Sáu, 15/05/2020\nSáng 14/5, hội nghị khai mạc.", "2020-05-15"),
    ("Sáng 17/1/2012, Tỉnh ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2011.", None),  # an event
    ("Trong năm, lúc 14:00 ngày 5/6/2018, tại hội trường lớn của Tỉnh ủy, đã diễn ra lễ kỷ niệm.\n" * 10, None),
]


@pytest.mark.parametrize("text, issued", ISSUED)
def test_issued_on(text, issued):
    _, context = run(text)
    assert context.issued_on == issued


NO_YEAR_RESOLVED = [
    # the year that puts the day nearest the text's own date; the value keeps the no-year form
    ("Cập nhật: 12:07 - 04/10/2018\nNgày 1/8, Ban tổ chức lễ kỷ niệm.", "--08-01", "2018-08-01"),
    ("Cập nhật: 12:07 - 04/01/2019\nNgày 28/12, Ban tổ chức tổng kết.", "--12-28", "2018-12-28"),
    ("Cập nhật: 12:07 - 20/12/2018\nNgày 5/1 tới, tỉnh sẽ khai trương.", "--01-05", "2019-01-05"),
    ("Bùi Ánh - 14:20 28/09/2023 GMT+7\nSáng ngày 28/9, Đại hội khai mạc.", "--09-28", "2023-09-28"),
]


@pytest.mark.parametrize("text, value, start", NO_YEAR_RESOLVED)
def test_a_day_without_its_year_takes_the_texts_year(text, value, start):
    items, _ = run(text)
    day = [i for i in items if i.value == value]
    assert len(day) == 1 and day[0].start_date == day[0].end_date == start


def test_a_range_without_its_year_keeps_the_no_year_form_and_is_resolved_by_the_stamp():
    items, _ = run("Thứ Hai, 20/6/2022 09:00\nTừ ngày 14 đến ngày 16/6, Ủy ban Kiểm tra Trung ương họp.")
    assert [(i.value, i.granularity, i.start_date, i.end_date) for i in items][-1] == (
        "--06-14/--06-16",
        "range",
        "2022-06-14",
        "2022-06-16",
    )


# ---------------------------------------------------------------- evidence
def test_spans_are_the_callers_text_even_for_nfd_and_old_tone_style():
    import unicodedata

    text = unicodedata.normalize("NFD", "Thị uỷ họp ngày 05 tháng 02 năm 2020;\r\ngiai đoạn 2016 – 2020 và Quý I năm 2018.")
    items, _ = run(text)
    assert [i.value for i in items] == ["2020-02-05", "2016/2020", "2018-Q1"]
    for item in items:
        assert text[item.start : item.end] == item.text
    assert unicodedata.normalize("NFC", items[1].text) == "giai đoạn 2016 – 2020"


def test_a_range_is_one_mention_with_its_words():
    items, _ = run("Từ ngày 14 đến ngày 16/6, Ủy ban họp. Giai đoạn 2016-2020 và năm học 2019-2020.")
    assert [i.text for i in items] == ["Từ ngày 14 đến ngày 16/6", "Giai đoạn 2016-2020", "năm học 2019-2020"]


def test_a_named_day_does_not_reach_across_a_blank_line():
    # baoangiang.com.vn: the headline's "Phụ nữ Việt Nam" is no cue of the stamp below it
    items, _ = run("chào mừng kỷ niệm 90 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam\n\n12/10/2020 - 14:28")
    assert [i.text for i in items] == ["12/10/2020"]


def test_list_mentions_each_have_their_own_evidence():
    items, _ = run("Ngày 4 và 5 tháng 01 năm 1999; quý I và quý II năm 2019; chuyên đề năm 2017, 2018.")
    assert [i.text for i in items] == ["Ngày 4", "5 tháng 01 năm 1999", "quý I", "quý II năm 2019", "năm 2017", "2018"]


# ---------------------------------------------------------------- match_day (shared with references)
@pytest.mark.parametrize(
    "text, pos, expected",
    [
        ("ngày 15/5/2016 của Bộ Chính trị", 0, ("2016-05-15", 0, 14)),
        ("Chỉ thị 05, 15-5-2016", 12, ("2016-05-15", 12, 21)),
        ("ngày 05 tháng 02 năm 2020", 0, ("2020-02-05", 0, 25)),
        ("ngày 31/2/2018", 0, None),
        ("ngày 15/5", 0, None),
        ("xem ngày 15/5/2016", 0, None),  # exactly at pos, never searched for
    ],
)
def test_match_day(text, pos, expected):
    assert dates.match_day(text, pos) == expected


# ---------------------------------------------------------------- dateparser as an independent check
ORACLE = [
    ("ngày 15/5/2016", "day"),
    ("15-5-2016", "day"),
    ("ngày 05 tháng 02 năm 2020", "day"),
    ("21 tháng 09 năm 2025", "day"),
    ("01.10.2018", "day"),
    ("ngày 30 tháng Tư năm 1975", "day"),
    ("tháng 3/2018", "month"),
    ("tháng 3 năm 2018", "month"),
    ("tháng 12-2019", "month"),
    ("tháng Mười Hai năm 2019", "month"),
    ("năm 2017", "year"),
]


# Without PREFER_*="first", dateparser fills a missing day or month from today ("năm 2017" → 2017-<this month>-01).
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}


@pytest.mark.parametrize("expression, granularity", ORACLE)
def test_isolated_expressions_agree_with_dateparser(expression, granularity):
    """On an isolated day/month/year expression, DMY, dateparser and this grammar must agree."""
    date_mod = pytest.importorskip("dateparser.date")
    parser = date_mod.DateDataParser(languages=["vi"], settings=DATEPARSER_SETTINGS)
    data = parser.get_date_data(expression)
    items, _ = run(expression)
    assert len(items) == 1
    assert (items[0].granularity, items[0].start_date) == (data.period, data.date_obj.date().isoformat())
    assert items[0].granularity == granularity


def test_import_does_not_load_dateparser():
    import subprocess
    import sys

    code = "import sys, tuyengiao; import tuyengiao.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


# ---------------------------------------------------------------- the dev corpus and speed
def test_dates_f1_on_the_dev_corpus():
    if not DEV_CORPUS.is_dir():
        pytest.skip("the dev corpus is not beside the project")
    gold_n = pred_n = hits = 0
    for path in sorted(DEV_CORPUS.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        items, _ = run(doc["text"])
        for item in items:
            assert doc["text"][item.start : item.end] == item.text
        gold = {str(d["value"]).strip() for d in doc["gold"]["dates"]}
        pred = {item.value for item in items}
        gold_n, pred_n, hits = gold_n + len(gold), pred_n + len(pred), hits + len(gold & pred)
    precision, recall = hits / pred_n, hits / gold_n
    assert 2 * precision * recall / (precision + recall) >= 0.95


@pytest.mark.parametrize(
    "junk",
    [
        "1/" * 100_000,
        "ngày " * 50_000 + "1",
        "năm 2017, " * 40_000,
        "tháng 1, " * 40_000,
        "quý I và " * 40_000,
        ("9" * 50 + " - ") * 5_000,
    ],
    ids=["slashes", "cues", "years", "months", "quarters", "long-numbers"],
)
def test_pathological_input_stays_linear(junk):
    started = time.process_time()
    run(junk)
    assert time.process_time() - started < 10
